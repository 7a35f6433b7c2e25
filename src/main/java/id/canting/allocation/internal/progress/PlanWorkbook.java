package id.canting.allocation.internal.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrder.DeliveryPoint;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.registry.IkmProfiles;
import id.canting.registry.IkmProfiles.IkmProfile;
import id.canting.shared.Actor;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.TableDownloads.SheetOf;

/**
 * The current confirmed plan as the buyer's purchasing documents, an XLSX workbook (numbers as numbers,
 * headers in the reader's language): a sheet per delivery point, named by its code, with the producers
 * that deliver there (IKM, province, contact, quantity, delivered so far), and one sheet by producer
 * with a row per producer and point. One sheet by producer rather than a sheet per producer: an order
 * of thousands of producers would be a workbook of thousands of sheets.
 */
@Component
public class PlanWorkbook {

	/** A producer at a point. */
	public record Row(long ikmId, String ikmName, String province, String phone, String email, String pointCode,
			String pointName, long quantity, long delivered) {
	}

	static TableDefinition<Row> pointSheet(String code) {
		// the sheet is named by the point's code: no message has this key, so the code is the sheet's name
		return TableDefinition.<Row>of(code, "allocation.progress.xlsx.point-sheet." + code)
			.number("allocation.progress.xlsx.col.ikm-id", Row::ikmId)
			.text("allocation.progress.xlsx.col.ikm", Row::ikmName)
			.text("allocation.progress.xlsx.col.province", Row::province)
			.text("allocation.progress.xlsx.col.phone", Row::phone)
			.text("allocation.progress.xlsx.col.email", Row::email)
			.number("allocation.progress.xlsx.col.quantity", Row::quantity)
			.number("allocation.progress.xlsx.col.delivered", Row::delivered);
	}

	static final TableDefinition<Row> BY_PRODUCER = TableDefinition
		.<Row>of("allocation-by-producer", "allocation.progress.xlsx.sheet.producers")
		.number("allocation.progress.xlsx.col.ikm-id", Row::ikmId)
		.text("allocation.progress.xlsx.col.ikm", Row::ikmName)
		.text("allocation.progress.xlsx.col.province", Row::province)
		.text("allocation.progress.xlsx.col.point", Row::pointCode)
		.text("allocation.progress.xlsx.col.point-name", Row::pointName)
		.number("allocation.progress.xlsx.col.quantity", Row::quantity)
		.number("allocation.progress.xlsx.col.delivered", Row::delivered);

	private final AllocationOrderRepository orders;
	private final ProgressFigures figures;
	private final IkmProfiles profiles;
	private final Regions regions;
	private final TableDownloads tables;

	PlanWorkbook(AllocationOrderRepository orders, ProgressFigures figures, IkmProfiles profiles, Regions regions,
			TableDownloads tables) {
		this.orders = orders;
		this.figures = figures;
		this.profiles = profiles;
		this.regions = regions;
		this.tables = tables;
	}

	/** The file's name: the order's reference (letters, digits, dashes) and {@code -plan.xlsx}. */
	@Transactional(readOnly = true)
	public String filename(Actor actor, AllocationOrderId id) {
		AllocationOrder order = orders.findById(id.value()).orElseThrow(() -> ProgressAccess.notFound(id.value()));
		ProgressAccess.requireDashboardReader(actor, order);
		return order.reference().replaceAll("[^A-Za-z0-9-]", "-") + "-plan.xlsx";
	}

	/**
	 * Writes the workbook.
	 *
	 * @throws id.canting.shared.NotFoundException for an order the reader may not see
	 */
	@Transactional(readOnly = true)
	public void write(Actor actor, AllocationOrderId id, Locale locale, OutputStream out) throws IOException {
		AllocationOrder order = orders.findById(id.value()).orElseThrow(() -> ProgressAccess.notFound(id.value()));
		ProgressAccess.requireDashboardReader(actor, order);
		Map<IkmId, ProducerStanding> standings = figures.standings(order.id());
		Map<IkmId, IkmProfile> profileOf = profiles.profiles(standings.keySet());
		Map<String, String> provinces = new HashMap<>();
		regions.provinces().forEach((Province p) -> provinces.put(p.code(), p.name()));
		List<SheetOf<?>> sheets = new ArrayList<>();
		List<Row> byProducer = new ArrayList<>();
		for (DeliveryPoint point : order.deliveryPoints()) {
			List<Row> rows = new ArrayList<>();
			for (ProducerStanding s : standings.values()) {
				long quantity = s.allocatedPerPoint().getOrDefault(point.id(), 0L);
				long delivered = s.deliveredPerPoint().getOrDefault(point.id(), 0L);
				if (quantity == 0 && delivered == 0) {
					continue;
				}
				IkmProfile p = profileOf.get(s.ikmId());
				rows.add(new Row(s.ikmId().value(), p == null ? "#" + s.ikmId().value() : p.name(),
						provinces.getOrDefault(s.provinceCode(), s.provinceCode()), p == null ? null : p.phone(),
						p == null ? null : p.email(), point.code(), point.name(), quantity, delivered));
			}
			rows.sort(Comparator.comparing(Row::ikmName).thenComparing(Row::ikmId));
			sheets.add(new SheetOf<>(pointSheet(point.code()), rows));
			byProducer.addAll(rows);
		}
		byProducer.sort(Comparator.comparing(Row::ikmName).thenComparing(Row::ikmId).thenComparing(Row::pointCode));
		sheets.add(new SheetOf<>(BY_PRODUCER, byProducer));
		tables.workbook(locale, sheets, out);
	}
}
