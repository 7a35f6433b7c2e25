package id.canting.event.exhibitor;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import id.canting.event.BoothOrder;
import id.canting.event.EventCode;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * The exhibitors of an event, for the event's summary, dashboard and report (which count them by
 * province, kind and category): only applications SELECTED in a published curation (before publishing,
 * the list is empty). Women-owned means the registry's owner gender was FEMALE when the IKM applied.
 */
public interface ExhibitorFigures {

	/**
	 * Booths in the order people walk them: A1, A2, …, A10, then B1 ({@link BoothOrder#AS_WALKED}, which
	 * other modules use).
	 */
	Comparator<String> BOOTH_ORDER = BoothOrder.AS_WALKED;

	/** The event's published exhibitors, by business name (business data only, no personal data). */
	List<Exhibitor> exhibitors(EventCode code);

	/** One published exhibitor: business name, kind, province and regency codes, categories shown, booth (null before booths). */
	record Exhibitor(String businessName, IkmKind kind, String provinceCode, String regencyCode,
			Set<ProductCategory> categories, boolean womenOwned, String booth) {
	}
}
