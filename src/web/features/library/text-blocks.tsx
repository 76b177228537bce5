/** An article's or an answer's text blocks, rendered as text: paragraphs, lists and subheadings. */
import type { TextBlockView } from '../../../shared/library-api';

type TextBlocksProps = {
  blocks: readonly TextBlockView[];
  /** The level of the page's headings around the blocks: their subheadings sit one below. */
  headingLevel?: 2 | 3 | 4;
};

export function TextBlocks({ blocks, headingLevel = 2 }: TextBlocksProps) {
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {blocks.map((block, index) => {
        // Blocks are fixed content: their place is a stable key.
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'heading':
            return (
              <Heading key={key} className="prose__heading">
                {block.text}
              </Heading>
            );
          case 'list':
            return (
              <ul key={key} className="prose__list">
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
          default:
            return <p key={key}>{block.text}</p>;
        }
      })}
    </>
  );
}
