// The in-memory RowStore keeps the same promises as the Firestore one (no Java needed).
import { MemoryRowStore } from '../../../functions/src/store/memory/memory-row-store';
import { rowStoreContract, SECRET } from '../row-store-contract';

rowStoreContract(async () => {
  const store = new MemoryRowStore(SECRET);
  return { store, audit: async (county) => store.auditOf(county) };
});
