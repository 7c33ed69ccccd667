import { AssessmentPage } from '@renderer/features/assessments/AssessmentPage';
import { NewAssessmentPage } from '@renderer/features/assessments/NewAssessmentPage';
import { AuditLogPage } from '@renderer/features/audit/AuditLogPage';
import { BackupsPage } from '@renderer/features/backups/BackupsPage';
import { CoupleDetailPage } from '@renderer/features/couples/CoupleDetailPage';
import { CouplesListPage } from '@renderer/features/couples/CouplesListPage';
import { EditCouplePage } from '@renderer/features/couples/EditCouplePage';
import { CoupleListFiltersProvider } from '@renderer/features/couples/listFilters';
import { NewCouplePage } from '@renderer/features/couples/NewCouplePage';
import { ExportImportPage } from '@renderer/features/exports/ExportImportPage';
import { LibraryRoutes } from '@renderer/features/library/LibraryRoutes';
import { MeasurementsPage } from '@renderer/features/measurements/MeasurementsPage';
import { WeekEntryPage } from '@renderer/features/measurements/WeekEntryPage';
import { NotePage } from '@renderer/features/notes/NotePage';
import { PlanComparePage } from '@renderer/features/plans/PlanComparePage';
import { PlanDraftPage } from '@renderer/features/plans/PlanDraftPage';
import { PlanReviewPage } from '@renderer/features/plans/PlanReviewPage';
import { PlanVersionPage } from '@renderer/features/plans/PlanVersionPage';
import { SearchPage } from '@renderer/features/search/SearchPage';
import { BookSessionPage } from '@renderer/features/sessions/BookSessionPage';
import { EditSessionPage, NewSessionPage } from '@renderer/features/sessions/SessionFormPage';
import { SessionPage } from '@renderer/features/sessions/SessionPage';
import { RotateKeyPage } from '@renderer/features/settings/RotateKeyPage';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import { TodayPage } from '@renderer/features/today/TodayPage';
import { SessionWorkspacePage } from '@renderer/features/workspace/SessionWorkspacePage';
import { PageHeading } from '@renderer/ui/PageHeading';
import { Link, Navigate, Route, Routes } from 'react-router';

/** Every screen behind the unlock. Rendered only while the vault is open. */
export function AppRoutes() {
  return (
    <CoupleListFiltersProvider>
      <Routes>
        <Route path="/" element={<Navigate to="/today" replace />} />
        <Route path="/today" element={<TodayPage />} />
        <Route path="/couples" element={<CouplesListPage />} />
        <Route path="/couples/new" element={<NewCouplePage />} />
        <Route path="/couples/:id" element={<CoupleDetailPage />} />
        <Route path="/couples/:id/edit" element={<EditCouplePage />} />
        <Route path="/couples/:id/assessments/new" element={<NewAssessmentPage />} />
        <Route path="/couples/:id/sessions/new" element={<NewSessionPage />} />
        <Route path="/couples/:id/sessions/book" element={<BookSessionPage />} />
        <Route path="/couples/:id/plan/draft" element={<PlanDraftPage />} />
        <Route path="/couples/:id/measurements" element={<MeasurementsPage />} />
        <Route path="/couples/:id/measurements/week" element={<WeekEntryPage />} />
        <Route path="/couples/:id/plan/review" element={<PlanReviewPage />} />
        <Route path="/couples/:id/plan/compare" element={<PlanComparePage />} />
        <Route path="/couples/:id/plan/versions/:versionId" element={<PlanVersionPage />} />
        <Route path="/assessments/:id" element={<AssessmentPage />} />
        <Route path="/sessions/:id" element={<SessionPage />} />
        <Route path="/sessions/:id/edit" element={<EditSessionPage />} />
        <Route path="/sessions/:id/workspace" element={<SessionWorkspacePage />} />
        <Route path="/notes/:id" element={<NotePage />} />
        <Route path="/library/*" element={<LibraryRoutes />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/audit" element={<AuditLogPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/settings/rotate-key" element={<RotateKeyPage />} />
        <Route path="/backups" element={<BackupsPage />} />
        <Route path="/export" element={<ExportImportPage />} />
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
