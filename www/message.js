// The message under the toolbar: a note or an error with at most one button, and the Undo and Redo
// offers of an action that replaced the reader's texts.
import { losesText } from './store.js';

/**
 * The message paragraph `box`, for the text boxes `inputs` ({source, target}); `restored()` runs
 * after an Undo or a Redo has put texts in the boxes (to save and compare them). `show(text,
 * kind, reason, action)` shows a message ('error' unless `kind` says 'note'; `reason`, such as
 * 'share', lets only its own cause take it away; `action` {label, run} adds a button) and
 * `reason()` says why the one shown is there.
 */
export function messageBox(box, inputs, restored) {
  let reason = '';
  // Whether the page wrote the boxes' texts and the reader has not typed since. Then Ctrl+Z and
  // Ctrl+Shift+Z are the page's (they press Undo and Redo, or do nothing): the boxes' own undo
  // history predates what the page wrote, and a browser's redo would paste old typing into it.
  let scripted = false;
  // The Undo or Redo on offer ({what, label, run}). A later message keeps its button, and the
  // offer comes back when that message goes: a note ("Both boxes are empty", a refused file)
  // never costs the reader the texts an Undo would bring back.
  let offer = null;
  let offerButton = null;
  // The message last asked for, to show again when the offer under it changes.
  let current = [''];
  const render = (text, kind, why, actions) => {
    box.textContent = text;
    offerButton = null;
    for (const action of actions) {
      const button = box.ownerDocument.createElement('button');
      button.type = 'button';
      button.className = 'message-action';
      // Beside another message, the offer names what it does: a bare "Redo" under a refused
      // file reads as "try again", and would clear both boxes.
      button.textContent = action === offer && text !== offer.what ? offer.aside : action.label;
      button.addEventListener('click', action.run);
      box.append(' ', button);
      if (action === offer) offerButton = button;
    }
    box.setAttribute('data-kind', kind || 'error');
    box.hidden = !text;
    reason = text ? why || '' : '';
  };
  const show = (text, kind, why, action) => {
    current = [text, kind, why, action];
    if (!text && offer) render(offer.what, 'note', offer.label.toLowerCase(), [offer]);
    else render(text, kind, why, text ? [action, offer].filter(Boolean) : []);
  };
  const setTexts = (texts) => {
    ({ source: inputs.source.value, target: inputs.target.value } = texts);
    scripted = true;
  };
  const offerBack = (what, label, aside, back) => {
    offer = { what, label, aside, run: () => {
      const had = box.contains(box.ownerDocument.activeElement);
      back();
      if (had) (offerButton || inputs.source).focus();
      restored();
    } };
    show('');
  };
  // Puts `texts` in both boxes. When that replaces text the reader had, keeps the previous pair
  // and says `what` happened with an Undo button that brings both back; after an Undo, a Redo
  // button puts `texts` back.
  const replaceTexts = (texts, what) => {
    const before = { source: inputs.source.value, target: inputs.target.value };
    setTexts(texts);
    if (losesText(before, texts)) offerBack(what, 'Undo', 'Undo: bring back the earlier texts', () => {
      setTexts(before);
      const redo = `Redo: ${what.charAt(0).toLowerCase()}${what.slice(1).replace(/\.$/, '')}`;
      offerBack('The earlier texts are back.', 'Redo', redo, () => replaceTexts(texts, what));
    });
  };
  return {
    show,
    replaceTexts,
    reason: () => reason,
    /** Whether the message offers to bring texts back, which matters more than any note. */
    offersBack: () => reason === 'undo' || reason === 'redo',
    /**
     * The reader typed in a box: "Cleared both texts." no longer says what Undo does (it brings
     * back the texts from before), and a Redo would throw the typing away, so it goes.
     */
    typed() {
      scripted = false;
      if (offer?.label === 'Undo' && !offer.what.startsWith('The earlier texts can still')) {
        offer.what = 'The earlier texts can still come back:';
        if (reason === 'undo') box.firstChild.textContent = offer.what;
      }
      if (offer?.label === 'Redo') {
        offer = null;
        show(...current);
      }
    },
    /**
     * Until the reader types after the page wrote the boxes, Ctrl+Z (⌘Z) presses Undo and
     * Ctrl+Shift+Z or Ctrl+Y presses Redo when one is on offer, and neither reaches the boxes'
     * own history. The letter comes from the key's position on a layout without Latin letters.
     */
    shortcut(event) {
      const latin = /^[a-z]$/i.test(event.key);
      const letter = (latin ? event.key : event.code.replace(/^Key/, '')).toLowerCase();
      const wanted = letter === 'y' || (letter === 'z' && event.shiftKey) ? 'redo' : letter === 'z' && 'undo';
      if ((event.ctrlKey || event.metaKey) && !event.altKey && wanted && scripted) {
        event.preventDefault();
        if (offer && offerButton && wanted === offer.label.toLowerCase()) offerButton.click();
      }
    },
    /** Keeps the Edit menu's Undo and Redo from the boxes' history too, while the page owns it. */
    history(event) {
      if (scripted && event.inputType.startsWith('history')) event.preventDefault();
    },
  };
}
