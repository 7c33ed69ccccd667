import { Route, Routes } from 'react-router';
import { EditLibraryEntryPage } from './EditLibraryEntryPage';
import { EntryNotFound, LibraryEntryPage } from './LibraryEntryPage';
import { LibraryListPage } from './LibraryListPage';
import { NewLibraryEntryPage } from './NewLibraryEntryPage';

/** The library's screens, mounted under `/library/*`. */
export function LibraryRoutes() {
  return (
    <Routes>
      <Route index element={<LibraryListPage />} />
      <Route path="new" element={<NewLibraryEntryPage />} />
      <Route path=":id" element={<LibraryEntryPage />} />
      <Route path=":id/edit" element={<EditLibraryEntryPage />} />
      <Route path="*" element={<EntryNotFound />} />
    </Routes>
  );
}
