"use client";

// The action forms load when one is opened: react-hook-form, zod and the drop zone stay out of the
// dossier page's first load (its JavaScript budget is 180 kB).
import dynamic from "next/dynamic";
import { fr } from "@/lib/i18n/fr";

const loading = () => <p className="text-sm text-slate-600" role="status">{fr.actions.loadingForm}</p>;

export const AcceptForm = dynamic(() => import("./accept-form").then((m) => m.AcceptForm), { loading });
export const RefuseForm = dynamic(() => import("./refuse-form").then((m) => m.RefuseForm), { loading });
export const MessageForm = dynamic(() => import("./message-form").then((m) => m.MessageForm), { loading });
export const StatusForm = dynamic(() => import("./status-form").then((m) => m.StatusForm), { loading });
export const TrackingForm = dynamic(() => import("./tracking-form").then((m) => m.TrackingForm), { loading });
export const DocumentsUpload = dynamic(() => import("./documents-upload").then((m) => m.DocumentsUpload), { loading });
export const QuoteBuilder = dynamic(() => import("./quote-builder").then((m) => m.QuoteBuilder), { loading });
export const ExpertiseReportForm = dynamic(() => import("./report-forms").then((m) => m.ExpertiseReportForm), { loading });
export const DestructionCertificateForm = dynamic(() => import("./report-forms").then((m) => m.DestructionCertificateForm), { loading });
