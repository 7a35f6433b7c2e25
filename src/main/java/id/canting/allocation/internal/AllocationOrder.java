package id.canting.allocation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.allocation.AllocationOrderId;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/**
 * A large batik order to split among IKM: what (technique, motif, fabric, unit, quantity), when
 * (starts on, due on), where to (delivery points, whose quantities add up to the order's quantity),
 * which provinces are preferred, and the rules a producer must meet (NIB, KBLI 13134, Batikmark, halal,
 * proven cap capability) and the plan must respect (minimum lot, maximum share, fairness factor).
 *
 * <p>It guards its workflow: DRAFT→PLANNED, PLANNED→PLANNED (re-plan), PLANNED→CONFIRMED,
 * CONFIRMED→IN_PRODUCTION, IN_PRODUCTION→DELIVERED, any status but CLOSED→CLOSED. Its content may be
 * edited while DRAFT or PLANNED.
 *
 * <p><b>Saving:</b> Spring Data JDBC rewrites the child rows (delivery points) when the aggregate is
 * saved, and plans and deliveries refer to delivery points by id; so after a transition save the
 * status with {@link AllocationOrderRepository#saveStatus(AllocationOrder)}, never with {@code save}.
 * {@code save} is only for creating an order; edits go through the order service.
 */
@Table("allocation_order")
public class AllocationOrder {

	private @Id Long id;
	private String reference;
	private String title;
	private String buyerName;
	private String buyerUsername;
	private Technique technique;
	private String motif;
	private String fabric;
	private OrderUnit unit;
	private long quantity;
	private LocalDate startsOn;
	private LocalDate dueOn;
	private boolean requireNib;
	@Column("require_kbli_13134")
	private boolean requireKbli13134;
	private CertificateRule batikmarkRule;
	private CertificateRule halalRule;
	private boolean requireCapCapability;
	private long minimumLot;
	private BigDecimal maximumSharePercent;
	private BigDecimal fairnessFactor;
	private OrderStatus status;
	private Instant createdAt;
	private String createdBy;
	private @Version Integer version;
	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<DeliveryPoint> deliveryPoints = new ArrayList<>();
	@MappedCollection(idColumn = "order_id")
	private Set<PreferredProvince> preferredProvinces = new HashSet<>();

	AllocationOrder() {
		// for Spring Data JDBC
	}

	/** A new order in DRAFT with the given content (checked by the caller, see {@code OrderRules}). */
	public static AllocationOrder draft(String reference, OrderContent content, String by, Instant now) {
		AllocationOrder o = new AllocationOrder();
		o.reference = reference;
		o.status = OrderStatus.DRAFT;
		o.createdAt = now;
		o.createdBy = by;
		o.apply(content);
		return o;
	}

	/** Replaces the order's content; only while DRAFT or PLANNED. */
	public void apply(OrderContent c) {
		if (id != null && !isEditable()) {
			throw new ConflictException("allocation.order.not-editable", reference, status);
		}
		title = c.title();
		buyerName = c.buyerName();
		buyerUsername = c.buyerUsername();
		technique = c.technique();
		motif = c.motif();
		fabric = c.fabric();
		unit = c.unit();
		quantity = c.quantity();
		startsOn = c.startsOn();
		dueOn = c.dueOn();
		requireNib = c.requireNib();
		requireKbli13134 = c.requireKbli13134();
		batikmarkRule = c.batikmarkRule();
		halalRule = c.halalRule();
		requireCapCapability = c.requireCapCapability();
		minimumLot = c.minimumLot();
		maximumSharePercent = c.maximumSharePercent();
		fairnessFactor = c.fairnessFactor();
		deliveryPoints = new ArrayList<>();
		for (OrderContent.Point p : c.points()) {
			deliveryPoints.add(new DeliveryPoint(null, p.code(), p.name(), p.provinceCode(), p.quantity()));
		}
		preferredProvinces = new HashSet<>();
		c.preferredProvinces().forEach(code -> preferredProvinces.add(new PreferredProvince(code)));
	}

	public boolean isEditable() {
		return status == OrderStatus.DRAFT || status == OrderStatus.PLANNED;
	}

	/** A plan was proposed: DRAFT→PLANNED or PLANNED→PLANNED (re-plan). */
	public void markPlanned() {
		move(OrderStatus.PLANNED, OrderStatus.DRAFT, OrderStatus.PLANNED);
	}

	/** The plan was confirmed: PLANNED→CONFIRMED. */
	public void confirm() {
		move(OrderStatus.CONFIRMED, OrderStatus.PLANNED);
	}

	/** Production started: CONFIRMED→IN_PRODUCTION. */
	public void startProduction() {
		move(OrderStatus.IN_PRODUCTION, OrderStatus.CONFIRMED);
	}

	/** Everything delivered: IN_PRODUCTION→DELIVERED. */
	public void markDelivered() {
		move(OrderStatus.DELIVERED, OrderStatus.IN_PRODUCTION);
	}

	/** Finished or cancelled: any status but CLOSED→CLOSED. */
	public void close() {
		move(OrderStatus.CLOSED, OrderStatus.DRAFT, OrderStatus.PLANNED, OrderStatus.CONFIRMED,
				OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED);
	}

	/** Whether the order may move to {@code to} from where it stands. */
	public boolean canMoveTo(OrderStatus to) {
		return switch (to) {
			case DRAFT -> false;
			case PLANNED -> status == OrderStatus.DRAFT || status == OrderStatus.PLANNED;
			case CONFIRMED -> status == OrderStatus.PLANNED;
			case IN_PRODUCTION -> status == OrderStatus.CONFIRMED;
			case DELIVERED -> status == OrderStatus.IN_PRODUCTION;
			case CLOSED -> status != OrderStatus.CLOSED;
		};
	}

	private void move(OrderStatus to, OrderStatus... from) {
		for (OrderStatus f : from) {
			if (status == f) {
				status = to;
				return;
			}
		}
		throw new ConflictException("allocation.order.transition-refused", reference, status, to);
	}

	/** The delivery point with this code, if any. */
	public DeliveryPoint point(String code) {
		return deliveryPoints.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
	}

	public AllocationOrderId orderId() {
		return new AllocationOrderId(id);
	}

	public Long id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public String title() {
		return title;
	}

	public String buyerName() {
		return buyerName;
	}

	public String buyerUsername() {
		return buyerUsername;
	}

	public Technique technique() {
		return technique;
	}

	public String motif() {
		return motif;
	}

	public String fabric() {
		return fabric;
	}

	public OrderUnit unit() {
		return unit;
	}

	public long quantity() {
		return quantity;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public boolean requireNib() {
		return requireNib;
	}

	public boolean requireKbli13134() {
		return requireKbli13134;
	}

	public CertificateRule batikmarkRule() {
		return batikmarkRule;
	}

	public CertificateRule halalRule() {
		return halalRule;
	}

	public boolean requireCapCapability() {
		return requireCapCapability;
	}

	public long minimumLot() {
		return minimumLot;
	}

	/** At most this share (0..100) of the quantity to one IKM; null: no limit. */
	public BigDecimal maximumSharePercent() {
		return maximumSharePercent;
	}

	/** 0 (cheapest plan) .. 1 (spread as evenly as the capacities allow). */
	public BigDecimal fairnessFactor() {
		return fairnessFactor;
	}

	public OrderStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	/** In their order (position). */
	public List<DeliveryPoint> deliveryPoints() {
		return List.copyOf(deliveryPoints);
	}

	/** Sorted province codes. */
	public Set<String> preferredProvinces() {
		Set<String> codes = new TreeSet<>();
		preferredProvinces.forEach(p -> codes.add(p.provinceCode()));
		return codes;
	}

	/** Where part of the order goes: {@code id} is null until saved. */
	@Table("allocation_delivery_point")
	public record DeliveryPoint(@Id Long id, String code, String name, String provinceCode, long quantity) {
	}

	@Table("allocation_preferred_province")
	record PreferredProvince(String provinceCode) {
	}
}
