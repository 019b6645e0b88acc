// A tiny DOM for testing www/render.js and www/export.js in node: elements, text nodes,
// attributes, inline style and textContent. Nothing here parses HTML, on purpose.

class Node {
  constructor(nodeType) {
    this.nodeType = nodeType;
    this.childNodes = [];
    this.parentNode = null;
  }

  appendChild(child) {
    if (child.parentNode) child.parentNode.childNodes.splice(child.parentNode.childNodes.indexOf(child), 1);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }

  get lastChild() {
    return this.childNodes[this.childNodes.length - 1] || null;
  }

  get textContent() {
    if (this.nodeType === 3) return this.nodeValue;
    return this.childNodes.map((child) => child.textContent).join('');
  }

  set textContent(value) {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes = [];
    if (value !== '') this.appendChild(new Text(String(value)));
  }
}

class Text extends Node {
  constructor(value) {
    super(3);
    this.nodeValue = value;
  }
}

class Element extends Node {
  constructor(tagName) {
    super(1);
    this.tagName = tagName.toUpperCase();
    this.attributes = [];
    const element = this;
    const styles = {};
    this.style = new Proxy(styles, {
      set(target, name, value) {
        target[name] = value;
        const css = Object.entries(target).map(([key, val]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${val};`).join(' ');
        element.setAttribute('style', css);
        return true;
      },
    });
  }

  setAttribute(name, value) {
    const found = this.attributes.find((attribute) => attribute.name === name);
    if (found) found.value = String(value);
    else this.attributes.push({ name, value: String(value) });
  }

  getAttribute(name) {
    const found = this.attributes.find((attribute) => attribute.name === name);
    return found ? found.value : null;
  }

  get children() {
    return this.childNodes.filter((child) => child.nodeType === 1);
  }

  get className() {
    return this.getAttribute('class') || '';
  }

  /** All descendant elements matching a predicate, in document order. */
  findAll(predicate) {
    const out = [];
    const walk = (node) => {
      for (const child of node.children) {
        if (predicate(child)) out.push(child);
        walk(child);
      }
    };
    walk(this);
    return out;
  }
}

export const doc = {
  createElement: (tag) => new Element(tag),
  createTextNode: (text) => new Text(text),
};

/** Elements under `root` with a class, in document order. */
export function byClass(root, name) {
  return root.findAll((node) => node.className.split(' ').includes(name));
}
