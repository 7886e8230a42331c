// Port: where the edge records a refused caller (Firestore's securityLog in production, a list in tests).

export interface Refusal {
  function: string;
  status: number;
  code: string;
  county?: string | null;
  township?: string | null;
  ledger?: string | null;
  /** Keyed-hashed, so repeated attempts by one account can be grouped without storing who. */
  email?: string | null;
}

export type RecordRefusal = (refusal: Refusal) => Promise<void>;
