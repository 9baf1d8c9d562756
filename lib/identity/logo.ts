import "server-only";
// The centre's logo, as the documents Atelier writes embed it.
import type { Db } from "@/db";
import { LOGO_BOUNDS, reencodeImage } from "@/lib/files/images";
import { ACCEPTED } from "@/lib/files/kinds";
import { sniffContentType } from "@/lib/files/sniff";
import { uploadBytes } from "@/lib/files/uploads";
import type { CentreIdentity } from "./identity";

/** Logos already checked, by upload id (an id's bytes never change): the copy fit to print, or null. */
const checkedLogos = new Map<string, Buffer | null>();

/**
 * The centre's logo, as a PDF may embed it. One stored before uploads were decoded may not decode: it is
 * left off the documents (the PDF writer would fail on it) until the admin uploads a good one.
 */
export const logoOf = async (db: Db, identity: CentreIdentity) => {
  const id = identity.logoUploadId;
  if (!id) return null;
  if (checkedLogos.has(id)) return checkedLogos.get(id)!;
  let logo: Buffer | null;
  try {
    const bytes = await uploadBytes(db, id);
    const type = sniffContentType(bytes);
    logo = ACCEPTED.logo.includes(type) ? await reencodeImage(bytes, type, LOGO_BOUNDS) : null;
  } catch {
    logo = null;
  }
  if (checkedLogos.size > 100) checkedLogos.clear();
  checkedLogos.set(id, logo);
  return logo;
};

