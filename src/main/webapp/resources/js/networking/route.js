/**
 * The type of the ICE candidate pair the browser selected for a call ('host', 'srflx', 'prflx' or
 * 'relay', i.e. through TURN), read from an RTCStatsReport (or any Map of stats by id); null when the
 * report names none. The server records it with media-flowing for the organisers' analytics.
 */
const ROUTES = ['host', 'srflx', 'prflx', 'relay'];

export function selectedRoute(report) {
  const byId = new Map();
  report.forEach((s) => byId.set(s.id, s));
  let pair = null;
  for (const s of byId.values()) {
    if (s.type === 'transport' && s.selectedCandidatePairId) pair = byId.get(s.selectedCandidatePairId) || pair;
  }
  if (!pair) {
    // browsers without transport stats: the nominated pair that succeeded
    for (const s of byId.values()) {
      if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') {
        pair = s;
        break;
      }
    }
  }
  const local = pair ? byId.get(pair.localCandidateId) : null;
  const type = local ? local.candidateType : null;
  return ROUTES.includes(type) ? type : null;
}
