package id.canting.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the page being shown with one query parameter changed, keeping all its filters: the
 * pager's previous/next and the language switch. Templates call it as {@code ${@links.page(2)}}.
 */
@Component("links")
public class Links {

	/** The current page's list at another page number. */
	public String page(int number) {
		return withParam("page", String.valueOf(number));
	}

	/** The current page in another language. */
	public String language(String language) {
		return withParam("lang", language);
	}

	private static String withParam(String name, String value) {
		// relative, so it works behind any host name or proxy
		return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null)
			.replaceQueryParam(name, value).build().toUriString();
	}
}
