"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { frManagers } from "@/lib/i18n/fr-managers";

/** Quotes per week; the table beside it carries the same numbers for who cannot see the chart. */
export function QuoteChart({ series }: { series: Array<{ week: string; sent: number; accepted: number; refused: number }> }) {
  const data = series.map((s) => ({ ...s, label: new Date(`${s.week}T00:00:00`).toLocaleDateString("fr-FR", { day: "numeric", month: "short" }) }));
  return (
    <figure>
      <figcaption className="sr-only">{frManagers.chartDescription(series.length)}</figcaption>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="sent" name={frManagers.chartSent} fill="#1d4ed8" />
            <Bar dataKey="accepted" name={frManagers.chartAccepted} fill="#15803d" />
            <Bar dataKey="refused" name={frManagers.chartRefused} fill="#b91c1c" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
