// The max-bid calculator: POST /api/v1/tools/max-bid. Field names follow the money entities
// (AuctionTerms, SaleAssumptions) in snake_case.
import { post } from "../../api.js";

export const maxBid = (question) => post("tools/max-bid", question);
/** The fees of one sale: {final_value_fee, per_order_fee, payment_processing_fee, listing_fee, total, ...}. */
export const fees = (sale) => post("tools/fees", sale);
