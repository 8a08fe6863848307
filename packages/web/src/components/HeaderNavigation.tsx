// The header's menu on one row: the links that fit, and the rest under "More" (the design system's pattern), so a
// phone 360 px wide is not given three rows of links. Widths come from a hidden copy of the whole list.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router-dom';

export interface NavItem {
  to: string;
  label: string;
}

/** How many items fit before "More": all when they all fit, else as many as fit beside the "More" button. */
export function itemsThatFit(itemWidths: readonly number[], moreWidth: number, available: number): number {
  const total = itemWidths.reduce((sum, w) => sum + w, 0);
  if (total <= available) return itemWidths.length;
  let used = moreWidth;
  let fit = 0;
  for (const width of itemWidths) {
    if (used + width > available) break;
    used += width;
    fit += 1;
  }
  return fit;
}

export function HeaderNavigation({ items }: { items: NavItem[] }) {
  const container = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLUListElement>(null);
  const visible = useRef<HTMLUListElement>(null);
  const nav = useRef<HTMLElement>(null);
  const menuList = useRef<HTMLUListElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [fit, setFit] = useState(items.length);
  const [open, setOpen] = useState(false);
  const location = useLocation();

  const layout = useCallback(() => {
    const list = measure.current;
    const row = visible.current;
    if (!list || !row) return;
    const widths = [...list.querySelectorAll<HTMLElement>('[data-measure="item"]')].map((el) => el.getBoundingClientRect().width);
    const more = list.querySelector<HTMLElement>('[data-measure="more"]')?.getBoundingClientRect().width ?? 0;
    setFit(itemsThatFit(widths, more, row.getBoundingClientRect().width));
  }, []);

  useLayoutEffect(() => {
    layout();
    const box = container.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(layout);
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [layout, items]);

  // Going somewhere closes the menu.
  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  const overflow = items.slice(fit);
  const isOpen = open && overflow.length > 0;

  // The open menu pushes the page down rather than covering it, as the design system's own header does.
  useLayoutEffect(() => {
    const element = nav.current;
    if (!element) return;
    element.style.borderBottomWidth = isOpen && menuList.current ? `${menuList.current.offsetHeight}px` : '';
  }, [isOpen, fit]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  const link = (item: NavItem) => (
    <NavLink className="nhsuk-header__navigation-link" to={item.to}>
      {item.label}
    </NavLink>
  );

  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu" ref={nav} onKeyDown={onKeyDown}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container" ref={container}>
        <ul className="nhsuk-header__navigation-list hearth-header__navigation-row" ref={visible}>
          {items.slice(0, fit).map((item) => (
            <li className="nhsuk-header__navigation-item" key={item.to}>
              {link(item)}
            </li>
          ))}
          {overflow.length > 0 && (
            <li className="nhsuk-header__menu">
              <button
                ref={toggle}
                type="button"
                className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
                aria-expanded={isOpen}
                aria-controls="hearth-header-more"
                onClick={() => {
                  setOpen((was) => !was);
                }}
              >
                <span className="nhsuk-u-visually-hidden">Browse </span>More
              </button>
              <ul className="nhsuk-header__menu-list" id="hearth-header-more" ref={menuList} hidden={!isOpen}>
                {overflow.map((item) => (
                  <li className="nhsuk-header__navigation-item" key={item.to}>
                    {link(item)}
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
        {/* Never seen or read: a copy of every item, measured to decide what fits. */}
        <ul className="nhsuk-header__navigation-list hearth-header__measure" ref={measure} aria-hidden="true">
          {items.map((item) => (
            <li className="nhsuk-header__navigation-item" data-measure="item" key={item.to}>
              <span className="nhsuk-header__navigation-link">{item.label}</span>
            </li>
          ))}
          <li className="nhsuk-header__menu" data-measure="more">
            <span className="nhsuk-header__menu-toggle nhsuk-header__navigation-link">More</span>
          </li>
        </ul>
      </div>
    </nav>
  );
}
