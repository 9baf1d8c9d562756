// One of the icons that ./icon-sprite.tsx draws once per page, by reference: what a row repeats stays small.
export type SpriteName = "inbox" | "truck" | "search" | "file-text" | "wrench" | "help" | "check" | "ban" | "dot" | "alarm" | "alert" | "clock";

export function SpriteIcon({ name, className }: { name: SpriteName; className: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={`#i-${name}`} />
    </svg>
  );
}
