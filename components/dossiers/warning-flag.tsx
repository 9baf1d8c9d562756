import { SpriteIcon, type SpriteName } from "@/components/ui/sprite-icon";

/** A value past a threshold, its warning written beside it and an icon with it, never by colour alone. */
export function WarningFlag({ severe, icon, text, note }: { severe: boolean; icon: SpriteName; text: string; note: string }) {
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${severe ? "text-red-800" : "text-amber-900"}`}>
      <SpriteIcon name={icon} className="h-4 w-4" />
      {text}
      <span className="text-xs">({note})</span>
    </span>
  );
}
