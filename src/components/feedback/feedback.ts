// The feedback component's part of the main bundle: hides the text field until Nej, and loads the
// rest (feedback-form.ts) only when the citizen reaches a feedback form, keeping the first view
// within the JavaScript budget.

/** The lazily loaded part (feedback-form.ts). */
interface FeedbackFormModule {
  answer($form: HTMLFormElement, $submitter: HTMLElement | null): void;
}

let loading: Promise<FeedbackFormModule> | undefined;

export class Feedback {
  constructor($form: HTMLFormElement) {
    const src = $form.dataset.scriptSrc;
    const $more = $form.querySelector<HTMLElement>(".app-feedback__more");
    if (!src || !$more) throw new Error("app-feedback needs its script and its text field");
    $more.hidden = true;
    const load = () => {
      loading ??= import(src);
      return loading;
    };
    // Focus in the form (keyboard, or a press on a button) is the first sign of answering.
    $form.addEventListener("focusin", load, { once: true });
    $form.addEventListener("submit", (event) => {
      event.preventDefault();
      const $submitter = event.submitter;
      load().then(
        (module) => module.answer($form, $submitter),
        // Without its script the form still works: as the plain post it is without JavaScript.
        () => {
          if ($submitter instanceof HTMLButtonElement) {
            $form.append(
              Object.assign(document.createElement("input"), {
                type: "hidden",
                name: $submitter.name,
                value: $submitter.value,
              }),
            );
          }
          $form.submit();
        },
      );
    });
  }
}
