import type { SpriteName } from "./sprite-icon";
import { AlarmClock, AlertTriangle, Ban, CheckCircle2, CircleDot, Clock, FileText, HelpCircle, Inbox, Search, Truck, Wrench } from "lucide-react";

/**
 * The icons a list repeats on every row (status badges, aging and due flags), drawn once per page as
 * symbols: a row then carries a <use> of ~80 bytes instead of each icon's whole SVG (~450 bytes, five
 * elements): the queue's 50 rows went from 148.8 to 122.2 kB of HTML (docs/bench.md, #31).
 */
const ICONS: Record<SpriteName, typeof Inbox> = { inbox: Inbox, truck: Truck, search: Search, "file-text": FileText, wrench: Wrench, help: HelpCircle, check: CheckCircle2, ban: Ban, dot: CircleDot, alarm: AlarmClock, alert: AlertTriangle, clock: Clock };

/** Once per page, in the signed-in layout. */
export function IconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" style={{ position: "absolute" }}>
      <defs>
        {Object.entries(ICONS).map(([name, Icon]) => (
          <symbol key={name} id={`i-${name}`} viewBox="0 0 24 24">
            <Icon />
          </symbol>
        ))}
      </defs>
    </svg>
  );
}
