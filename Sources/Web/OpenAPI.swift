/// The OpenAPI 3 description of the JSON API, written by hand (served at `/openapi.json`).
enum OpenAPI {
    static let document = #"""
        {
          "openapi": "3.0.3",
          "info": {
            "title": "Tawthiq API",
            "version": "1.0.0",
            "description": "Arabic news coded into CAMEO/PLOVER events. Lists are paged by cursor: pass the response's `next` as `after`. Every query parameter is validated; an unknown or bad one is a 400 whose error names it. Request bodies are limited to 1 MB by default (413 beyond)."
          },
          "paths": {
            "/api/documents": {
              "get": {
                "summary": "Stored articles, oldest id first",
                "parameters": [{"$ref": "#/components/parameters/after"}, {"$ref": "#/components/parameters/limit500"}],
                "responses": {
                  "200": {"description": "A page of articles", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentPage"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/documents/{id}": {
              "get": {
                "summary": "One article: text, sentences, event reports, flags and, apart, notes on the lexicon",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
                "responses": {
                  "200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentDetail"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/events": {
              "get": {
                "summary": "Stored event reports, oldest id first (the filters of `tawthiq events`)",
                "parameters": [
                  {"name": "actor", "in": "query", "description": "Either side: a country (SYR) or an actor code (SYRGOV)", "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,15}$"}},
                  {"name": "source", "in": "query", "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,15}$"}},
                  {"name": "target", "in": "query", "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,15}$"}},
                  {"name": "cameo", "in": "query", "description": "A CAMEO code or prefix", "schema": {"type": "string", "pattern": "^[0-9]{2,4}$"}},
                  {"name": "plover", "in": "query", "description": "A PLOVER event type", "schema": {"type": "string"}},
                  {"$ref": "#/components/parameters/from"},
                  {"$ref": "#/components/parameters/to"},
                  {"name": "outlet", "in": "query", "description": "The outlet, exactly", "schema": {"type": "string"}},
                  {"$ref": "#/components/parameters/where"},
                  {"name": "flagged", "in": "query", "description": "Only events that carry a contradiction flag (role-outside-term, headline-body-conflict, date-after-publication, date-unresolvable): not notes, not the coder's inferences", "schema": {"type": "boolean"}},
                  {"$ref": "#/components/parameters/after"},
                  {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
                ],
                "responses": {
                  "200": {"description": "A page of event reports", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/relations": {
              "get": {
                "summary": "The relations series of a dyad, both directions (the series of `tawthiq relations`)",
                "parameters": [
                  {"name": "source", "in": "query", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,15}$"}},
                  {"name": "target", "in": "query", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,15}$"}},
                  {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["day", "week", "month", "year"], "default": "month"}},
                  {"$ref": "#/components/parameters/from"},
                  {"$ref": "#/components/parameters/to"},
                  {"name": "top", "in": "query", "description": "Event types listed per row", "schema": {"type": "integer", "minimum": 0, "maximum": 20, "default": 3}},
                  {"$ref": "#/components/parameters/where"}
                ],
                "responses": {
                  "200": {"description": "Rows per period and direction", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Relations"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/flags": {
              "get": {
                "summary": "Verification flags (stories that contradict themselves), oldest id first",
                "parameters": [{"$ref": "#/components/parameters/after"}, {"$ref": "#/components/parameters/limit500"}],
                "responses": {
                  "200": {"description": "A page of flags", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FlagPage"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/actors": {
              "get": {
                "summary": "People of the lexicon with their dated roles, and how the query resolves as a mention on the date",
                "parameters": [
                  {"name": "q", "in": "query", "description": "Arabic name (normalised match), person id or role code", "schema": {"type": "string", "maxLength": 200}},
                  {"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}},
                  {"$ref": "#/components/parameters/limit500"}
                ],
                "responses": {
                  "200": {"description": "Matching people", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Actors"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/code": {
              "post": {
                "summary": "Code a posted article without storing it",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                  "type": "object", "required": ["text"],
                  "properties": {"title": {"type": "string"}, "text": {"type": "string"}, "date": {"type": "string", "format": "date"}}}}}},
                "responses": {
                  "200": {"description": "Events and flags", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CodeResult"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "413": {"$ref": "#/components/responses/TooLarge"}
                }
              }
            },
            "/documents": {
              "post": {
                "summary": "Code and store an article (only with a token configured: --token or TAWTHIQ_TOKEN)",
                "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                  "type": "object", "required": ["text"],
                  "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "text": {"type": "string"},
                    "date": {"type": "string", "format": "date"}, "source": {"type": "string"}, "url": {"type": "string"}}}}}},
                "responses": {
                  "201": {"description": "Stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "200": {"description": "Already stored (same content)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"description": "Missing or wrong bearer token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "403": {"description": "Ingesting over HTTP is disabled (no token configured)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "413": {"$ref": "#/components/responses/TooLarge"}
                }
              }
            }
          },
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "parameters": {
              "where": {"name": "where", "in": "query", "description": "Where the event happened: the place's country (SYR)", "schema": {"type": "string", "pattern": "^[A-Za-z]{3}$"}},
              "after": {"name": "after", "in": "query", "description": "Cursor: items with a larger id (the previous page's `next`)", "schema": {"type": "integer", "minimum": 0}},
              "limit500": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
              "from": {"name": "from", "in": "query", "description": "First day", "schema": {"type": "string", "format": "date"}},
              "to": {"name": "to", "in": "query", "description": "Last day", "schema": {"type": "string", "format": "date"}}
            },
            "responses": {
              "BadRequest": {"description": "A bad parameter or body; `parameter` names the parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "No such item", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "TooLarge": {"description": "Request body over the limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["status", "message"],
                "properties": {"status": {"type": "integer"}, "message": {"type": "string"}, "parameter": {"type": "string"}}}}},
              "Actor": {"type": "object", "nullable": true, "properties": {"code": {"type": "string"}, "country": {"type": "string", "nullable": true},
                "role": {"type": "string", "nullable": true}, "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}},
              "Event": {"type": "object", "description": "A coded event; offsets count Unicode scalars in the part (title or text)", "properties": {
                "doc": {"type": "string"}, "part": {"type": "string", "enum": ["title", "text"]}, "sentence": {"type": "integer"},
                "date": {"type": "string", "format": "date", "nullable": true}, "cameo": {"type": "string"}, "root": {"type": "string"},
                "plover": {"type": "string", "nullable": true}, "mode": {"type": "string", "nullable": true}, "goldstein": {"type": "number"},
                "quad": {"type": "integer"}, "source": {"$ref": "#/components/schemas/Actor"}, "target": {"$ref": "#/components/schemas/Actor"},
                "place": {"$ref": "#/components/schemas/Place"},
                "trigger": {"type": "object", "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}},
                "flags": {"type": "array", "items": {"type": "string"}},
                "evidence": {"type": "object", "properties": {"sentence": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                  "entries": {"type": "array", "items": {"type": "string"}}, "place": {"type": "string", "nullable": true,
                    "description": "Why the event has its place, or none: the gazetteer row and the rule"}}}}},
              "Place": {"type": "object", "description": "Where the act happened (absent when no place): the gazetteer's point (docs/places.md)", "properties": {
                "name": {"type": "string", "description": "As written"}, "country": {"type": "string", "description": "ISO 3166-1 alpha-3"},
                "admin1": {"type": "string", "nullable": true, "description": "GeoNames' first-level division code"}, "lat": {"type": "number"}, "lon": {"type": "number"},
                "geonameid": {"type": "integer", "nullable": true}, "start": {"type": "integer"}, "end": {"type": "integer"},
                "kind": {"type": "string", "enum": ["state", "town", "region"]},
                "basis": {"type": "string", "enum": ["sentence", "dateline"], "description": "dateline: start and end count in the article's text"},
                "full_name": {"type": "string", "description": "GDELT's FullName: Homs, Syria"}, "fips": {"type": "string", "nullable": true, "description": "The state's FIPS 10-4 code"}}},
              "EventItem": {"type": "object", "properties": {"id": {"type": "integer"}, "group": {"type": "integer", "description": "The deduplicated event"},
                "document_id": {"type": "integer"}, "outlet": {"type": "string", "nullable": true}, "url": {"type": "string", "nullable": true},
                "published": {"type": "string", "format": "date", "nullable": true}, "lexicon_version": {"type": "string"}, "event": {"$ref": "#/components/schemas/Event"}}},
              "EventPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/EventItem"}}, "next": {"type": "integer", "nullable": true}}},
              "DocumentSummary": {"type": "object", "properties": {"id": {"type": "integer"}, "external_id": {"type": "string"}, "title": {"type": "string", "nullable": true},
                "source": {"type": "string", "nullable": true}, "url": {"type": "string", "nullable": true}, "published": {"type": "string", "format": "date", "nullable": true},
                "events": {"type": "integer"}, "flags": {"type": "integer"}, "notes": {"type": "integer"}, "revision": {"type": "integer"}, "ingested_at": {"type": "string"}}},
              "DocumentPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/DocumentSummary"}}, "next": {"type": "integer", "nullable": true}}},
              "Flag": {"type": "object", "properties": {"kind": {"type": "string"}, "mentions": {"type": "array", "items": {"type": "object"}},
                "facts": {"type": "array", "items": {"type": "string"}}, "explanation": {"type": "string"}, "explanation_arabic": {"type": "string"}}},
              "DocumentDetail": {"type": "object", "properties": {"document": {"$ref": "#/components/schemas/DocumentSummary"}, "text": {"type": "string"},
                "date_source": {"type": "string"}, "lexicon_version": {"type": "string"},
                "sentences": {"type": "array", "items": {"type": "object", "properties": {"part": {"type": "string"}, "index": {"type": "integer"},
                  "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}}},
                "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventItem"}}, "flags": {"type": "array", "items": {"$ref": "#/components/schemas/Flag"}},
                "notes": {"type": "array", "description": "What the lexicon could not say (unknown-office-holder, other-office): not counted among the flags", "items": {"$ref": "#/components/schemas/Flag"}}}},
              "FlagItem": {"type": "object", "properties": {"id": {"type": "integer"}, "document_id": {"type": "integer"}, "title": {"type": "string", "nullable": true},
                "source": {"type": "string", "nullable": true}, "published": {"type": "string", "format": "date", "nullable": true}, "flag": {"$ref": "#/components/schemas/Flag"}}},
              "FlagPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/FlagItem"}}, "next": {"type": "integer", "nullable": true}}},
              "RelationRow": {"type": "object", "properties": {"period": {"type": "string"}, "source": {"type": "string"}, "target": {"type": "string"},
                "events": {"type": "integer"}, "quad": {"type": "array", "items": {"type": "integer"}, "minItems": 4, "maxItems": 4},
                "goldstein_sum": {"type": "number"}, "goldstein_mean": {"type": "number"},
                "top": {"type": "array", "items": {"type": "object", "properties": {"cameo": {"type": "string"}, "count": {"type": "integer"}}}}}},
              "Relations": {"type": "object", "properties": {"source": {"type": "string"}, "target": {"type": "string"}, "by": {"type": "string"},
                "from": {"type": "string", "format": "date", "nullable": true}, "to": {"type": "string", "format": "date", "nullable": true},
                "rows": {"type": "array", "items": {"$ref": "#/components/schemas/RelationRow"}}}},
              "Actors": {"type": "object", "properties": {"q": {"type": "string", "nullable": true}, "date": {"type": "string", "format": "date", "nullable": true},
                "resolution": {"type": "object", "nullable": true, "description": "As `tawthiq actor --output json`"},
                "people": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "names": {"type": "array", "items": {"type": "string"}},
                  "roles": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "country": {"type": "string", "nullable": true},
                    "office": {"type": "string", "nullable": true}, "start": {"type": "string", "format": "date", "nullable": true},
                    "end": {"type": "string", "format": "date", "nullable": true}, "location": {"type": "string"}}}},
                  "role": {"type": "object", "nullable": true, "properties": {"code": {"type": "string"}, "reason": {"type": "string"}}}}}}}},
              "CodeResult": {"type": "object", "properties": {"date": {"type": "string", "format": "date", "nullable": true}, "date_source": {"type": "string"},
                "sentences": {"type": "array", "items": {"type": "object"}}, "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                "flags": {"type": "array", "items": {"$ref": "#/components/schemas/Flag"}},
                "notes": {"type": "array", "items": {"$ref": "#/components/schemas/Flag"}}}},
              "IngestResult": {"type": "object", "properties": {"document_id": {"type": "integer", "nullable": true}, "inserted": {"type": "integer"},
                "replaced": {"type": "integer"}, "unchanged": {"type": "integer"}, "events": {"type": "integer"}, "flags": {"type": "integer"}, "notes": {"type": "integer"}}}
            }
          }
        }
        """#
}
