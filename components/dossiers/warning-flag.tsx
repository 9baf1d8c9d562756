import type { RowIcon } from "@/components/ui/row-icons";

/** A value past a threshold, its warning written beside it and an icon with it, never by colour alone. */
export function WarningFlag({ severe, icon, text, note }: { severe: boolean; icon: RowIcon; text: string; note: string }) {
  return (
    <span className={`flag i-${icon}${severe ? " flag-severe" : ""}`}>
      {text}
      <small>{`(${note})`}</small>
    </span>
  );
}
