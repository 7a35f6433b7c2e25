package id.canting.event.exhibitor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.event.EventCode;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * The exhibitors of an event, for the event's summary, dashboard and report: only applications SELECTED
 * in a published curation count (before publishing, every figure is 0 and the list is empty). An
 * exhibitor showing several categories counts under each; women-owned means the registry's owner gender
 * was FEMALE when the IKM applied.
 */
public interface ExhibitorFigures {

	/** The event's published exhibitors in figures. */
	Figures of(EventCode code);

	/** The event's published exhibitors, by business name (business data only, no personal data). */
	List<Exhibitor> exhibitors(EventCode code);

	/**
	 * @param exhibitors selected and published exhibitors
	 * @param provinces distinct provinces they come from
	 * @param byProvince province code → exhibitors
	 * @param byCategory product category → exhibitors showing it
	 * @param byKind IKM kind → exhibitors
	 * @param womenOwned exhibitors whose owner is a woman
	 * @param prisonUnits exhibitors that are prison units (IKM binaan lapas)
	 */
	record Figures(long exhibitors, long provinces, Map<String, Long> byProvince,
			Map<ProductCategory, Long> byCategory, Map<IkmKind, Long> byKind, long womenOwned, long prisonUnits) {
	}

	/** One published exhibitor: business name, kind, province and regency codes, categories shown, booth (null before booths). */
	record Exhibitor(String businessName, IkmKind kind, String provinceCode, String regencyCode,
			Set<ProductCategory> categories, boolean womenOwned, String booth) {
	}
}
