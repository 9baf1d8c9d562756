"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { frIndicators } from "@/lib/i18n/fr-indicators";

const t = frIndicators.chart;

/** Received, returned and returned in time, per group: the table below carries the same numbers for who cannot see it. */
export function IndicatorsChart({ groups }: { groups: Array<{ key: string; received: number; returned: number; inTime: number }> }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="sr-only">{t.description}</figcaption>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={groups}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="received" name={t.received} fill="#1d4ed8" />
            <Bar dataKey="returned" name={t.returned} fill="#0f766e" />
            <Bar dataKey="inTime" name={t.inTime} fill="#15803d" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
