import { ApiError } from '@renderer/api/errors';
import { allQueries, notFoundOr, type QueryLike } from '@renderer/ui/states';
import { describe, expect, it } from 'vitest';

const refetch = () => undefined;
const loading: QueryLike<number> = { isPending: true, isError: false, error: null, data: undefined, refetch };
const failed: QueryLike<string> = { isPending: false, isError: true, error: new Error('gone'), refetch };
const one: QueryLike<number> = { isPending: false, isError: false, error: null, data: 1, refetch };
const two: QueryLike<string> = { isPending: false, isError: false, error: null, data: 'two', refetch };

describe('several queries drawn as one', () => {
  it('hold the data in the order given once all have it', () => {
    const both = allQueries([one, two]);
    expect(both.isPending || both.isError).toBe(false);
    expect(both.data).toEqual([1, 'two']);
  });

  it('load while any loads', () => {
    expect(allQueries([one, loading]).isPending).toBe(true);
  });

  it('fail with the first failure even while another still loads (it may be waiting on the failed one)', () => {
    const waiting = allQueries([failed, loading]);
    expect(waiting.isPending).toBe(false);
    expect(waiting.isError && waiting.error.message).toBe('gone');
  });

  it('fetch every one again on "Try again"', () => {
    const asked: string[] = [];
    const track = <T>(query: QueryLike<T>, name: string): QueryLike<T> => ({
      ...query,
      refetch: () => asked.push(name),
    });
    allQueries([track(failed, 'a'), track(one, 'b')]).refetch();
    expect(asked).toEqual(['a', 'b']);
  });
});

describe('an error title for a record', () => {
  it('tells a record that is not there from one that could not be read', () => {
    const title = notFoundOr('This couple was not found', 'This couple could not be opened');
    expect(title(new ApiError({ code: 'not_found', message: 'No such couple.' }))).toBe(
      'This couple was not found',
    );
    expect(title(new ApiError({ code: 'internal', message: 'Something broke.' }))).toBe(
      'This couple could not be opened',
    );
    expect(title(new Error('transport'))).toBe('This couple could not be opened');
  });
});
