/** `html` tagged templates (htm) producing Preact elements: JSX-like markup without a compile step of its own. */
import htm from "htm";
import { h, type VNode } from "preact";

/** Markup → Preact elements. */
export const html = htm.bind(h) as (strings: TemplateStringsArray, ...values: unknown[]) => VNode;
