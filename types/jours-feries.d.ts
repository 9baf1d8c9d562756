// @socialgouv/jours-feries ships no types: a year's French public holidays, by name, as local-time dates.
declare module "@socialgouv/jours-feries" {
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
