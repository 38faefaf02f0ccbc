import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { bdi, type FeeViewContext } from './context.js';

/** What the breakdown (and the live region) says while nothing is chosen. */
const prompt = () => msg('Choose an option above to see its price.');

/** Net, VAT and gross cells of a line or of the totals. */
const cells = (c: FeeViewContext, amounts: { net: number; vat: number; gross: number }) =>
  [amounts.net, amounts.vat, amounts.gross].map((n) => html`<td>${bdi(c, n)}</td>`);

/** The table of lines and totals, the total to pay in words, and how VAT was rounded. */
export function renderBreakdown(c: FeeViewContext) {
  const { quote } = c;
  const x = c.editor;
  // The smallest amount of the currency: "£0.01", "¥1", "BHD 0.001".
  const unit = bdi(c, 1);
  const empty = !quote.lines.length && !quote.onRequest.length;
  // Items charged later or on a condition are not part of what is paid when booking.
  const later = quote.later;
  const now = { net: quote.net - later.net, vat: quote.vat - later.vat, gross: quote.gross - later.gross };
  const booking = msg('To pay when booking');
  return html`<table part="breakdown" class="breakdown">
      <caption>
        ${
          // One sentence, not two joined: the table's name ("Your quotefor…" otherwise) and word order.
          quote.participants === 1
            ? msg('Your quote for 1 participant')
            : msg(str`Your quote for ${quote.participants} participants`)
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Item')}</th>
          <th scope="col">${msg('Net')}</th>
          <th scope="col">${msg('VAT')}</th>
          <th scope="col">${msg('Total')}</th>
        </tr>
      </thead>
      <tbody>
        ${quote.lines.map(
          (line) =>
            html`<tr>
              <th scope="row">
                ${line.item.label}
                <span class="small"
                  >${line.quantity} × ${bdi(c, line.item.price)}${x?.lineDiscounts(c, line)}</span
                >
              </th>
              ${cells(c, line)}
            </tr>`,
        )}
        ${x?.onRequestRows(quote)}
        ${
          // Nothing chosen: a prompt, not an empty table totalling 0.00 (that could read as "free").
          empty
            ? html`<tr>
                <td colspan="4" class="prompt">${prompt()}</td>
              </tr>`
            : nothing
        }
      </tbody>
      ${
        empty
          ? nothing
          : html`<tfoot>
              ${x?.discountRows(c)}
              <tr class="sum">
                <th scope="row">${later.gross ? booking : msg('Total')}</th>
                ${cells(c, now)}
              </tr>
              ${
                later.gross
                  ? html`<tr class="sum">
                      <th scope="row">${msg('May be charged later')}</th>
                      ${cells(c, later)}
                    </tr>`
                  : nothing
              }
            </tfoot>`
      }
    </table>
    ${
      empty
        ? nothing
        : html`<p part="total" class="total">
            ${msg(html`${later.gross ? booking : msg('Total to pay')}: ${bdi(c, now.gross)}, including ${bdi(c, now.vat)} VAT.`)}
          </p>`
    }
    <p class="small">
      ${msg(html`VAT is worked out on each line after discounts and rounded to the nearest ${unit}; halves round up.`)}
      ${x?.publishedLine(c)}
    </p>`;
}
