// A minimal Ui: menus, alerts and prompts; prompts answer from a queue the test fills (null = Cancel).

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export type MenuItem = { label: string; handler: string } | null;

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus = new Map<string, MenuItem[]>();
  readonly alerts: { title: string; message: string }[] = [];
  readonly prompts: { title: string; message: string }[] = [];
  readonly answers: (string | null)[] = [];

  createMenu(name: string) {
    const items: MenuItem[] = [];
    const menu = {
      addItem: (label: string, handler: string) => {
        items.push({ label, handler });
        return menu;
      },
      addSeparator: () => {
        items.push(null);
        return menu;
      },
      addToUi: () => {
        this.menus.set(name, items);
      },
    };
    return menu;
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(...args: string[]) {
    const [title, message] = args.length >= 3 ? [args[0]!, args[1]!] : ['', args[0]!];
    this.alerts.push({ title, message });
    return Button.OK;
  }

  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) */
  prompt(...args: string[]) {
    const [title, message] = args.length >= 3 ? [args[0]!, args[1]!] : ['', args[0]!];
    this.prompts.push({ title, message });
    if (!this.answers.length) throw new Error(`unexpected prompt: ${title} ${message}`);
    const answer = this.answers.shift()!;
    return {
      getResponseText: () => answer ?? '',
      getSelectedButton: () => (answer === null ? Button.CANCEL : Button.OK),
    };
  }

  lastAlert() {
    return this.alerts[this.alerts.length - 1];
  }
}
