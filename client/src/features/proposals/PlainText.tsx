// Renders stored plain text as paragraphs with line breaks (React escapes it; no HTML is ever
// interpreted).
import { Fragment } from 'react';
import { paragraphs } from './format';

export function PlainText({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
