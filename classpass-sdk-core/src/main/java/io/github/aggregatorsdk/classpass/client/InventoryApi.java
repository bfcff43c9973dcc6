package io.github.aggregatorsdk.classpass.client;

import feign.RequestLine;
import io.github.aggregatorsdk.classpass.model.PartnerEnvelope;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.VenueEnvelope;

/**
 * The outbound calls of the ClassPass Inventory API, as Feign sees them. Their headers, the same on
 * every call, are set by {@link DrainingClient} rather than as Feign templates expanded per call.
 */
interface InventoryApi {

  String PARTNERS = "POST /v1/inventory/partners";
  String VENUES = "POST /v1/inventory/venues";
  String UPDATES = "POST /v1/inventory/updates";
  String BATCH_UPDATES = "POST /v1/inventory/batch-updates";

  @RequestLine(PARTNERS)
  void registerPartner(PartnerEnvelope body);

  @RequestLine(VENUES)
  void registerVenue(VenueEnvelope body);

  @RequestLine(UPDATES)
  void pushUpdate(UpdateEvent body);

  @RequestLine(BATCH_UPDATES)
  void pushUpdates(UpdateBatch body);
}
