package id.canting.shared.web.cache;

import java.util.List;

/**
 * A module's public pages (and public GET API) whose response depends only on the committed data,
 * the language and the address: {@link PublicPageFilter} serves them to anonymous visitors from a
 * rendered copy while {@link PublicDataVersion} has not moved. A page that shows anything else
 * (today's date, a form with a CSRF token, the visitor's own choices kept in a session) does not
 * belong here; a response that sets a cookie or holds a CSRF token is never stored anyway.
 */
public interface CacheablePages {

	/** Path patterns ({@code /v/*}, {@code /api/v1/open-data/**}), without query strings. */
	List<String> paths();
}
