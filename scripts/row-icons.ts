// `npm run icons`: writes app/row-icons.css, the row icons' stylesheet (components/ui/row-icons.ts).
import { writeFileSync } from "node:fs";
import { ROW_ICONS_FILE, rowIconsCss } from "../components/ui/row-icons";

writeFileSync(ROW_ICONS_FILE, rowIconsCss());
