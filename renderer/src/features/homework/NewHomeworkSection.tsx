import type { PartnerNames } from '@renderer/features/workspace/labels';
import { WorkspaceSection } from '@renderer/features/workspace/WorkspaceSection';
import { QueryView } from '@renderer/ui/states';
import type { Homework } from '@shared/contract/homework';
import { useQuery } from '@tanstack/react-query';
import { AssignedHomeworkList } from './AssignedHomeworkList';
import { AssignHomeworkForm } from './AssignHomeworkForm';
import { homeworkOptionsQuery } from './queries';

/** New homework from the plan or the library, and what this session already assigned. */
export function NewHomeworkSection({
  sessionId,
  coupleId,
  assigned,
  objectives,
  names,
  defaultDue,
}: {
  objectives: ReadonlyMap<string, string>;
  sessionId: string;
  coupleId: string;
  assigned: readonly Homework[];
  names: PartnerNames;
  defaultDue: string;
}) {
  const options = useQuery(homeworkOptionsQuery(coupleId));
  return (
    <WorkspaceSection id="workspace-new-homework" title="New homework">
      <QueryView
        query={options}
        loading="Loading the exercises…"
        errorTitle="The exercises could not be loaded"
      >
        {({ items }) => (
          <AssignHomeworkForm
            sessionId={sessionId}
            coupleId={coupleId}
            items={items}
            objectives={objectives}
            names={names}
            defaultDue={defaultDue}
          />
        )}
      </QueryView>
      {/* After the form: what was just assigned is next in the Tab order, to print. */}
      <AssignedHomeworkList items={assigned} sessionId={sessionId} coupleId={coupleId} names={names} />
    </WorkspaceSection>
  );
}
