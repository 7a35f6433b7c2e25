package id.canting.allocation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.OrderInput;
import id.canting.shared.web.Day;

/**
 * The order form (new and edit) with its delivery point rows; a blank row is ignored, and "add a row"
 * re-shows the form with one more (no script needed).
 */
public class OrderForm {

	static final int BLANK_ROWS = 2;

	private Integer version;
	private String title;
	private String buyerName;
	private String buyerUsername;
	private String technique = "CAP";
	private String motif;
	private String fabric;
	private String unit = "PIECE";
	private Long quantity;
	@Day
	private LocalDate startsOn;
	@Day
	private LocalDate dueOn;
	private boolean requireNib = true;
	private boolean requireKbli13134;
	private String batikmarkRule = "NOT_REQUIRED";
	private String halalRule = "NOT_REQUIRED";
	private boolean requireCapCapability;
	private Long minimumLot;
	private BigDecimal maximumSharePercent;
	private BigDecimal fairnessFactor;
	private List<PointForm> points = new ArrayList<>();
	private List<String> preferredProvinces = new ArrayList<>();

	static OrderForm blank() {
		OrderForm f = new OrderForm();
		f.fairnessFactor = new BigDecimal("0.5");
		f.minimumLot = 0L;
		f.addBlankRows(BLANK_ROWS + 1);
		return f;
	}

	static OrderForm of(AllocationOrder o) {
		OrderForm f = new OrderForm();
		f.version = o.version();
		f.title = o.title();
		f.buyerName = o.buyerName();
		f.buyerUsername = o.buyerUsername();
		f.technique = o.technique().name();
		f.motif = o.motif();
		f.fabric = o.fabric();
		f.unit = o.unit().name();
		f.quantity = o.quantity();
		f.startsOn = o.startsOn();
		f.dueOn = o.dueOn();
		f.requireNib = o.requireNib();
		f.requireKbli13134 = o.requireKbli13134();
		f.batikmarkRule = o.batikmarkRule().name();
		f.halalRule = o.halalRule().name();
		f.requireCapCapability = o.requireCapCapability();
		f.minimumLot = o.minimumLot();
		f.maximumSharePercent = o.maximumSharePercent();
		f.fairnessFactor = o.fairnessFactor();
		o.deliveryPoints().forEach(p -> f.points.add(new PointForm(p.code(), p.name(), p.provinceCode(), p.quantity())));
		f.preferredProvinces = new ArrayList<>(o.preferredProvinces());
		f.addBlankRows(BLANK_ROWS);
		return f;
	}

	void addBlankRows(int n) {
		for (int i = 0; i < n; i++) {
			points.add(new PointForm());
		}
	}

	OrderInput toInput() {
		return new OrderInput(title, buyerName, buyerUsername, technique, motif, fabric, unit, quantity, startsOn, dueOn,
				requireNib, requireKbli13134, batikmarkRule, halalRule, requireCapCapability, minimumLot,
				maximumSharePercent, fairnessFactor,
				points.stream().map(p -> new OrderInput.PointInput(p.getCode(), p.getName(), p.getProvinceCode(),
						p.getQuantity())).toList(),
				preferredProvinces);
	}

	/** One delivery point row. */
	public static class PointForm {

		private String code;
		private String name;
		private String provinceCode;
		private Long quantity;

		public PointForm() {
		}

		PointForm(String code, String name, String provinceCode, Long quantity) {
			this.code = code;
			this.name = name;
			this.provinceCode = provinceCode;
			this.quantity = quantity;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getProvinceCode() {
			return provinceCode;
		}

		public void setProvinceCode(String provinceCode) {
			this.provinceCode = provinceCode;
		}

		public Long getQuantity() {
			return quantity;
		}

		public void setQuantity(Long quantity) {
			this.quantity = quantity;
		}
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBuyerName() {
		return buyerName;
	}

	public void setBuyerName(String buyerName) {
		this.buyerName = buyerName;
	}

	public String getBuyerUsername() {
		return buyerUsername;
	}

	public void setBuyerUsername(String buyerUsername) {
		this.buyerUsername = buyerUsername;
	}

	public String getTechnique() {
		return technique;
	}

	public void setTechnique(String technique) {
		this.technique = technique;
	}

	public String getMotif() {
		return motif;
	}

	public void setMotif(String motif) {
		this.motif = motif;
	}

	public String getFabric() {
		return fabric;
	}

	public void setFabric(String fabric) {
		this.fabric = fabric;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Long getQuantity() {
		return quantity;
	}

	public void setQuantity(Long quantity) {
		this.quantity = quantity;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public boolean isRequireNib() {
		return requireNib;
	}

	public void setRequireNib(boolean requireNib) {
		this.requireNib = requireNib;
	}

	public boolean isRequireKbli13134() {
		return requireKbli13134;
	}

	public void setRequireKbli13134(boolean requireKbli13134) {
		this.requireKbli13134 = requireKbli13134;
	}

	public String getBatikmarkRule() {
		return batikmarkRule;
	}

	public void setBatikmarkRule(String batikmarkRule) {
		this.batikmarkRule = batikmarkRule;
	}

	public String getHalalRule() {
		return halalRule;
	}

	public void setHalalRule(String halalRule) {
		this.halalRule = halalRule;
	}

	public boolean isRequireCapCapability() {
		return requireCapCapability;
	}

	public void setRequireCapCapability(boolean requireCapCapability) {
		this.requireCapCapability = requireCapCapability;
	}

	public Long getMinimumLot() {
		return minimumLot;
	}

	public void setMinimumLot(Long minimumLot) {
		this.minimumLot = minimumLot;
	}

	public BigDecimal getMaximumSharePercent() {
		return maximumSharePercent;
	}

	public void setMaximumSharePercent(BigDecimal maximumSharePercent) {
		this.maximumSharePercent = maximumSharePercent;
	}

	public BigDecimal getFairnessFactor() {
		return fairnessFactor;
	}

	public void setFairnessFactor(BigDecimal fairnessFactor) {
		this.fairnessFactor = fairnessFactor;
	}

	public List<PointForm> getPoints() {
		return points;
	}

	public void setPoints(List<PointForm> points) {
		this.points = points;
	}

	public List<String> getPreferredProvinces() {
		return preferredProvinces;
	}

	public void setPreferredProvinces(List<String> preferredProvinces) {
		this.preferredProvinces = preferredProvinces;
	}
}
