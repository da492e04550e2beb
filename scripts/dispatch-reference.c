/*
 * C reference of the hourly dispatch loop (core/dispatch/dispatch.ts, dispatchYear: the DOMAIN.md
 * load-following rule with the year's totals, TOU import by period and monthly peaks), for
 * `npm run bench:dispatch` (scripts/bench-dispatch.ts), which writes the input, compiles this file
 * with `gcc -O2 -ffp-contract=off` and compares speeds. The arithmetic follows the TypeScript
 * line by line in the same order, so the totals agree bit for bit (the bench checks that);
 * -ffp-contract=off keeps gcc from fusing multiply-adds, which JavaScript never does.
 *
 * Usage: dispatch-reference INPUT RUNS_PER_BATCH BATCHES
 * INPUT (little-endian): 8760 x float64 load, generation, import price, export price;
 * 8760 x uint8 TOU period; float64 power_mw, usable_mwh, round_trip_efficiency,
 * export_limit_mw (a huge number for none), demand_charge_cny_per_mw_month, start_mwh.
 * Prints the totals of one year (with 17 significant digits, which read back exactly) and the CPU time of each batch in ns.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define HOURS 8760
#define PERIODS 4

static const int month_start_hour[13] = {0,    744,  1416, 2160, 2880, 3624, 4344,
                                         5088, 5832, 6552, 7296, 8016, 8760};

static double load[HOURS], gen[HOURS], price_imp[HOURS], price_exp[HOURS];
static unsigned char period[HOURS];
static double direct_mw[HOURS], charge_mw[HOURS], discharge_mw[HOURS], soc_mwh[HOURS], export_mw[HOURS],
    curtail_mw[HOURS], import_mw[HOURS], grid_charge_mw[HOURS];
static double monthly_peak[12], period_imp[PERIODS], period_cost[PERIODS];

struct totals {
  double load, gen, direct, charge, discharge, exported, curtailed, imported, cost, revenue, demand, peak,
      peak_hour, soc_end;
};

static void dispatch_year(double power, double cap, double rte, double export_limit, double demand_charge,
                          double start_mwh, struct totals *out) {
  for (int p = 0; p < PERIODS; p++) period_imp[p] = period_cost[p] = 0;
  for (int h = 0; h < HOURS; h++) grid_charge_mw[h] = 0;
  const double eta = sqrt(rte);
  double soc = start_mwh < cap ? start_mwh : cap;
  double s_load = 0, s_gen = 0, s_direct = 0, s_charge = 0, s_dis = 0, s_exp = 0, s_curt = 0, s_imp = 0, cost = 0,
         revenue = 0, demand = 0, peak = 0;
  int peak_hour = -1;
  for (int m = 0; m < 12; m++) {
    const int end = month_start_hour[m + 1];
    double month_peak = 0;
    for (int h = month_start_hour[m]; h < end; h++) {
      const double l = load[h], g = gen[h];
      double d, c = 0, x = 0, k = 0, r = 0, i = 0;
      if (g >= l) {
        d = l;
        const double surplus = g - l;
        const double room = (cap - soc) / eta;
        c = surplus < power ? surplus : power;
        if (c > room) c = room;
        if (c < 0) c = 0;
        soc += c * eta;
        if (soc > cap) soc = cap;
        const double rest = surplus - c;
        x = rest < export_limit ? rest : export_limit;
        k = rest - x;
      } else {
        d = g;
        const double deficit = l - g;
        const double avail = soc * eta;
        r = deficit < power ? deficit : power;
        if (r > avail) r = avail;
        soc -= r / eta;
        if (soc < 0) soc = 0;
        i = deficit - r;
      }
      direct_mw[h] = d;
      charge_mw[h] = c;
      discharge_mw[h] = r;
      soc_mwh[h] = soc;
      export_mw[h] = x;
      curtail_mw[h] = k;
      import_mw[h] = i;
      s_load += l;
      s_gen += g;
      s_direct += d;
      s_charge += c;
      s_dis += r;
      s_exp += x;
      s_curt += k;
      s_imp += i;
      const double ci = i * price_imp[h];
      cost += ci;
      if (i > 0) {
        const int p = period[h];
        period_imp[p] += i;
        period_cost[p] += ci;
      }
      revenue += x * price_exp[h];
      if (i > month_peak) month_peak = i;
      if (i > peak) {
        peak = i;
        peak_hour = h;
      }
    }
    monthly_peak[m] = month_peak;
    demand += month_peak * demand_charge;
  }
  out->load = s_load;
  out->gen = s_gen;
  out->direct = s_direct;
  out->charge = s_charge;
  out->discharge = s_dis;
  out->exported = s_exp;
  out->curtailed = s_curt;
  out->imported = s_imp;
  out->cost = cost;
  out->revenue = revenue;
  out->demand = demand;
  out->peak = peak;
  out->peak_hour = peak_hour;
  out->soc_end = soc;
}

static int read_all(FILE *f, void *to, size_t size, size_t n) { return fread(to, size, n, f) == n; }

static double cpu_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s INPUT RUNS_PER_BATCH BATCHES\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  double params[6];
  if (!f || !read_all(f, load, 8, HOURS) || !read_all(f, gen, 8, HOURS) || !read_all(f, price_imp, 8, HOURS) ||
      !read_all(f, price_exp, 8, HOURS) || !read_all(f, period, 1, HOURS) || !read_all(f, params, 8, 6)) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  const int runs = atoi(argv[2]), batches = atoi(argv[3]);
  struct totals t;
  /* volatile: the optimiser must not drop repeated runs whose result it could prove unchanged. */
  volatile double sink = 0;
  for (int w = 0; w < runs; w++) {
    dispatch_year(params[0], params[1], params[2], params[3], params[4], params[5], &t);
    sink += t.cost;
  }
  for (int b = 0; b < batches; b++) {
    const double a = cpu_ns();
    for (int r = 0; r < runs; r++) {
      dispatch_year(params[0], params[1], params[2], params[3], params[4], params[5], &t);
      sink += t.cost;
    }
    printf("batch_ns %.0f\n", cpu_ns() - a);
  }
  printf("totals %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g\n", t.load, t.gen, t.direct, t.charge, t.discharge,
         t.exported, t.curtailed, t.imported, t.cost, t.revenue, t.demand, t.peak, t.peak_hour, t.soc_end);
  printf("periods %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g\n", period_imp[0], period_imp[1], period_imp[2], period_imp[3],
         period_cost[0], period_cost[1], period_cost[2], period_cost[3]);
  return 0;
}
