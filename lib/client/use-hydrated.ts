import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and while React takes the page over, true after. A submit button that waits
 * for it cannot post its form natively (a GET to the page with the fields in the URL) on a slow tablet.
 */
export const useHydrated = () => useSyncExternalStore(never, () => true, () => false);
