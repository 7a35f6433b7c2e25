/**
 * The catalogue's pages and API. Its public types (how a programme, an eligibility check and the
 * owner's IKM read on a page) are shared with the other programme rooms' pages, hence a named
 * interface.
 */
@org.springframework.modulith.NamedInterface("web")
package id.canting.programme.catalogue.web;
