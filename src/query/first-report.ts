/**
 * True the first time it is handed a failure, false for the same one again: react-query hands
 * every view of one failed load the same error object, so that object is the failure's identity.
 */
export function firstReports(): (error: object) => boolean {
  let last: object | undefined;
  return (error) => {
    if (error === last) return false;
    last = error;
    return true;
  };
}
