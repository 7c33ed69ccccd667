import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { focusField } from './fieldIds';
import { createFormController, type FormOptions } from './formController';

/**
 * The one form pattern: what was typed, the errors by field, `bind(path)` for each field
 * (its name, value, change handler and error, spread into any ui field), and `submit`, which
 * checks with the contract's schema, saves, places the core's `validation` errors on the
 * fields and moves focus: to the error summary (`<ErrorSummary {...form.summary()} />`) or,
 * in a form without one, to the first field in error. See docs/DESIGN.md (renderer forms).
 */
export function useForm<Values, Input>(options: FormOptions<Values, Input>) {
  const [controller] = useState(() => createFormController(options));
  // The latest props and state for the callbacks; read during this render by bind() too.
  controller.setOptions(options);
  // The same snapshot on the server: static renders (tests) draw the form as it starts.
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);

  // After a refused submit, the first field in error takes focus once it shows its message,
  // so a screen reader reads the field with its error.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (state.attempt <= focusedAttempt.current) return;
    focusedAttempt.current = state.attempt;
    if (controller.focusMode() !== 'field') return;
    const name = controller.firstErrorName();
    if (name) focusField(name);
  }, [state.attempt, controller]);

  return {
    values: controller.values(),
    errors: state.errors,
    formError: state.formError,
    attempt: state.attempt,
    saving: state.saving,
    setValues: controller.setValues,
    change: controller.change,
    clearErrors: controller.clearErrors,
    bind: controller.bind,
    scope: controller.scope,
    part: controller.part,
    error: controller.error,
    field: controller.field,
    submit: controller.submit,
    summary: controller.summary,
  };
}

export type Form<Values, Input> = ReturnType<typeof useForm<Values, Input>>;
