/**
 * Unit symbols, which stand after a number ("5 mg", "12 kn", "20 kWh") and are no words: the
 * spelling check leaves them alone there. These are the international (SI and technical)
 * ones, for every language; a profile adds its own (`unitSymbols`: English "ft", "lb", "mph";
 * German "PS", and "mph", which German keeps, but not "ft", "lb", which a German translation
 * writes out as "Fuß", "Pfund", and whose spelling warning there points at an edit). Symbols Hunspell dictionaries already know ("km", "kg") need not be
 * listed; listing them does no harm.
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set(
  `
  mg µg μg ng kg mm cm dm km nm µm μm pm ml cl dl hl ha ms µs ns min kmh
  kWh MWh GWh TWh kW MW GW TW mV kV mA Hz kHz MHz GHz THz dB dBA
  Pa hPa kPa MPa bar mbar cal kcal kJ MJ GJ mol mmol µmol μmol nmol pmol ppm ppb Bq Sv mSv µSv Gy lm lx
  kN Nm rpm ct kB MB GB TB KB PB EB KiB MiB GiB TiB PiB kbit Mbit Gbit Mbps Gbps kn pp
  atm Torr mmHg eV keV MeV GeV TeV Ah mAh Wh kVA µF μF nF pF
  `
    .split(/\s+/)
    .filter(Boolean),
);
