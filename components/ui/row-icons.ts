import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AlarmClock, AlertTriangle, Ban, CheckCircle2, CircleDot, Clock, FileText, HelpCircle, Inbox, Search, Truck, Wrench } from "lucide-react";

/**
 * The icons a list repeats on every row (status badges, aging and due flags), drawn by the stylesheet: a
 * class `i-<name>` gives an element's ::before that icon as a mask in its text colour (app/globals.css,
 * .badge and .flag). A row then carries a class, where an inline SVG cost ~450 bytes and a <use> of a sprite
 * ~85, three times a row; the icons are decorative (the code and the words say it all). `npm run icons`
 * writes app/row-icons.css from these; tests/ui/row-icons.test.ts keeps that file true.
 */
const ICONS = { inbox: Inbox, truck: Truck, search: Search, "file-text": FileText, wrench: Wrench, help: HelpCircle, check: CheckCircle2, ban: Ban, dot: CircleDot, alarm: AlarmClock, alert: AlertTriangle, clock: Clock };

export type RowIcon = keyof typeof ICONS;

export const ROW_ICONS_FILE = "app/row-icons.css";

/** The stylesheet: one custom property per icon, lucide's drawing as a data URI. */
export function rowIconsCss(): string {
  const rules = Object.entries(ICONS).map(([name, Icon]) => {
    const svg = renderToStaticMarkup(createElement(Icon, { color: "#000" })).replace(/ class="[^"]*"| aria-hidden="true"/g, "");
    return `.i-${name} {\n  --icon: url("data:image/svg+xml,${encodeURIComponent(svg).replace(/%20/g, " ").replace(/%3D/g, "=").replace(/%3A/g, ":").replace(/%2F/g, "/").replace(/%2C/g, ",")}");\n}`;
  });
  return `/* Written by \`npm run icons\` from components/ui/row-icons.ts: do not edit. */\n${rules.join("\n")}\n`;
}
