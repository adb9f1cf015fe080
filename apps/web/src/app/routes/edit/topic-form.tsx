import { useParams } from 'react-router';
import { TopicFormPage } from '../../../features/editing/components/topic-form';

/** `/amnen/ny` adds a topic (a focus area or mission); `/amnen/:id/redigera` changes one. */
export function TopicFormRoute() {
  const { id } = useParams();
  return <TopicFormPage key={id ?? 'new'} id={id} />;
}
