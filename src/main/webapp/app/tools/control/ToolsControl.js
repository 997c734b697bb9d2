// The max-bid calculator: POST /api/v1/tools/max-bid. Field names follow the money entities
// (AuctionTerms, SaleAssumptions) in snake_case.
import { post } from "../../api.js";

export const maxBid = (question) => post("tools/max-bid", question);
