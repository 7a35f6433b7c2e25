package id.canting.event.report.internal;

import java.util.List;
import java.util.Set;

import id.canting.event.EventCode;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * What the dashboard needs from the exhibitors of an event: the exhibitors selected (and published)
 * for it, each with where it comes from, what it shows and its booth; the dashboard counts them by
 * province, kind and category itself. Implemented at merge by an adapter over the exhibitor room's
 * {@code ExhibitorFigures}.
 */
public interface ExhibitorCounts {

	/** The selected exhibitors of the event, in any order (empty before the selection). */
	List<Exhibitor> of(EventCode event);

	/**
	 * One exhibitor: its business name (public on the event's exhibitor list), kind (a prison unit is
	 * {@link IkmKind#PRISON_UNIT}), province and regency codes (region module), the product categories it
	 * shows, whether it is women-owned, and its booth (null before booths are assigned).
	 */
	record Exhibitor(String businessName, IkmKind kind, String provinceCode, String regencyCode,
			Set<ProductCategory> categories, boolean womenOwned, String booth) {
	}
}
