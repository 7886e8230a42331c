// UiPort over the spreadsheet's Ui: alerts, prompts and the menu (only menu handlers and onOpen have a Ui).
import { MENU_TITLE } from '../app/menu';
import type { UiPort } from '../app/ports';

export function uiPort(): UiPort {
  const ui = () => SpreadsheetApp.getUi();
  return {
    alert: (title, message) => {
      const u = ui();
      u.alert(title, message, u.ButtonSet.OK);
    },
    prompt: (title, message) => {
      const u = ui();
      const response = u.prompt(title, message, u.ButtonSet.OK_CANCEL);
      return response.getSelectedButton() === u.Button.OK ? response.getResponseText() : null;
    },
    showMenu: (items) => {
      const menu = ui().createMenu(MENU_TITLE);
      for (const item of items) {
        if (item) menu.addItem(item.label, item.handler);
        else menu.addSeparator();
      }
      menu.addToUi();
    },
  };
}
