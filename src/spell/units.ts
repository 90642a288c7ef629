/**
 * Unit symbols, which stand after a number in any language ("5 mg", "3000 ft", "12 kn",
 * "20 mph") and are no words: the spelling check leaves them alone there. Symbols Hunspell
 * dictionaries already know ("km", "kg") need not be listed; listing them does no harm.
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set(
  `
  mg µg μg ng kg mm cm dm km nm µm μm pm ml cl dl hl ft yd mi nmi lb lbs oz st kn kt mph kmh
  ha ms µs ns min wk yr kWh MWh GWh TWh kW MW GW TW mV kV mA Hz kHz MHz GHz THz dB dBA
  Pa hPa kPa MPa bar mbar psi cal kcal kJ MJ GJ mol mmol ppm ppb Bq Sv mSv µSv Gy lm lx
  kN Nm rpm PS hp ct kB MB GB TB kbit Mbit Gbit Mbps Gbps pp
  `
    .split(/\s+/)
    .filter(Boolean),
);
