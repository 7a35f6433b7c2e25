package id.canting.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the page being shown with one query parameter changed, keeping all its filters: the
 * pager, the table downloads and the language switch. Templates call it as {@code ${@links.page(2)}}.
 */
@Component("links")
public class Links {

	/** The page numbers a pager shows around the current one, {@link PageNumbers#GAP} for an ellipsis. */
	public java.util.List<Integer> pageNumbers(int current, int totalPages) {
		return PageNumbers.around(current, totalPages);
	}

	/** The current page's list at another page number. */
	public String page(int number) {
		return withParam("page", String.valueOf(number));
	}

	/**
	 * The download of the table the page shows, in a format: {@code path} with the page's query (its
	 * filters) and {@code format}, without the page number, so the file holds every row the filters
	 * show. Templates call it as {@code ${@links.download('/audit/export', 'xlsx')}}.
	 */
	public String download(String path, String format) {
		return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null)
			.replacePath(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath() + path)
			.replaceQueryParam("page").replaceQueryParam("format", format).build().toUriString();
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
