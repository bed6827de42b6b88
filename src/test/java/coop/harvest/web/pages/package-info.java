/**
 * Page objects for the browser journeys: each class knows one page's element ids and visible structure, so that
 * when a page's markup changes (say a plain table becomes a PrimeFaces data table) only its class here changes,
 * not the journeys that use it. Locators prefer stable ids and visible texts over CSS structure.
 */
package coop.harvest.web.pages;
