import { Link, Navigate, Route, Routes } from 'react-router';
import { CoupleDetailPage } from '../features/couples/CoupleDetailPage';
import { CouplesListPage } from '../features/couples/CouplesListPage';
import { EditCouplePage } from '../features/couples/EditCouplePage';
import { CoupleListFiltersProvider } from '../features/couples/listFilters';
import { NewCouplePage } from '../features/couples/NewCouplePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { PageHeading } from '../ui/PageHeading';

/** Every screen behind the unlock. Rendered only while the vault is open. */
export function AppRoutes() {
  return (
    <CoupleListFiltersProvider>
      <Routes>
        <Route path="/" element={<Navigate to="/couples" replace />} />
        <Route path="/couples" element={<CouplesListPage />} />
        <Route path="/couples/new" element={<NewCouplePage />} />
        <Route path="/couples/:id" element={<CoupleDetailPage />} />
        <Route path="/couples/:id/edit" element={<EditCouplePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </CoupleListFiltersProvider>
  );
}

function NotFound() {
  return (
    <div className="page">
      <PageHeading>Page not found</PageHeading>
      <p>
        This page does not exist. <Link to="/couples">Go to the list of couples</Link>.
      </p>
    </div>
  );
}
