// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.

/// The JSON Schema (2020-12) of the method format, from `method-schema.json` beside this file.
public enum MethodSchema {
    public static let text = ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://dialoguekit.invalid/schema/method-1.json",
  "title": "DialogueKit method spec",
  "description": "A dialogue method: roles, parameters, dialogical spaces and phases of steps. Strict JSON: no comments, no trailing commas, no duplicate keys.",
  "type": "object",
  "required": ["schemaVersion", "id", "version", "name", "summary", "participants", "roles", "phases"],
  "additionalProperties": false,
  "properties": {
    "schemaVersion": {"type": "integer", "minimum": 1, "maximum": 1},
    "id": {"$ref": "#/$defs/id"},
    "version": {"type": "string", "pattern": "^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$"},
    "name": {"$ref": "#/$defs/text"},
    "summary": {"$ref": "#/$defs/text"},
    "purpose": {"$ref": "#/$defs/text"},
    "languages": {"type": "array", "items": {"$ref": "#/$defs/language"}},
    "sources": {"type": "array", "items": {
      "type": "object", "required": ["id", "citation"], "additionalProperties": false,
      "properties": {"id": {"type": "string"}, "citation": {"type": "string"}, "url": {"type": "string"}}
    }},
    "provenance": {"$ref": "#/$defs/provenance"},
    "participants": {"$ref": "#/$defs/count"},
    "roles": {"type": "array", "items": {"$ref": "#/$defs/role"}},
    "roleGroups": {"type": "array", "items": {
      "type": "object", "required": ["id", "name", "roles"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/text"},
        "roles": {"type": "array", "items": {"type": "string"}}, "required": {"type": "boolean"}
      }
    }},
    "parameters": {"type": "array", "items": {"$ref": "#/$defs/parameter"}},
    "scales": {"type": "array", "items": {"$ref": "#/$defs/scale"}},
    "groundRules": {"type": "array", "items": {"$ref": "#/$defs/text"}},
    "spaces": {
      "type": "object", "additionalProperties": false,
      "properties": {
        "physical": {"$ref": "#/$defs/text"}, "time": {"$ref": "#/$defs/text"}, "social": {"$ref": "#/$defs/text"},
        "mental": {"$ref": "#/$defs/text"}, "discursive": {"$ref": "#/$defs/text"}
      }
    },
    "materials": {"type": "array", "items": {"$ref": "#/$defs/text"}},
    "phases": {"type": "array", "items": {"$ref": "#/$defs/phase"}}
  },
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 64},
    "language": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Z]{2})?$"},
    "text": {
      "description": "A plain string (English) or an object of language codes to strings.",
      "oneOf": [
        {"type": "string"},
        {"type": "object", "minProperties": 1, "propertyNames": {"$ref": "#/$defs/language"}, "additionalProperties": {"type": "string"}}
      ]
    },
    "count": {
      "oneOf": [
        {"type": "integer", "minimum": 0},
        {"type": "object", "required": ["min"], "additionalProperties": false,
         "properties": {"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}}}
      ]
    },
    "countValue": {
      "oneOf": [
        {"type": "integer", "minimum": 1},
        {"type": "string", "pattern": "^\\{.+\\}$"}
      ]
    },
    "provenance": {
      "type": "object", "required": ["basis"], "additionalProperties": false,
      "properties": {
        "basis": {"enum": ["source", "background", "inference", "adaptation"]},
        "sources": {"type": "array", "items": {"type": "string"}},
        "note": {"$ref": "#/$defs/text"}
      }
    },
    "role": {
      "type": "object", "required": ["id", "name"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/text"}, "description": {"$ref": "#/$defs/text"},
        "count": {"$ref": "#/$defs/count"},
        "constraints": {"type": "array", "items": {"enum": ["external-to-case", "in-case", "does-not-speak", "stays-at-table"]}},
        "attributes": {"type": "array", "items": {"type": "string"}}
      }
    },
    "parameter": {
      "type": "object", "required": ["id", "type", "label"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "type": {"enum": ["text", "integer", "choice", "text-list"]},
        "label": {"$ref": "#/$defs/text"}, "description": {"$ref": "#/$defs/text"}, "required": {"type": "boolean"},
        "default": {"oneOf": [{"type": "integer"}, {"$ref": "#/$defs/text"}, {"type": "array", "items": {"$ref": "#/$defs/text"}}]},
        "min": {"type": "integer"}, "max": {"type": "integer"},
        "options": {"type": "array", "items": {"type": "string"}}
      }
    },
    "scale": {
      "type": "object", "required": ["id", "name", "type"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/text"}, "type": {"enum": ["ordinal", "numeric"]},
        "min": {"type": "number"}, "max": {"type": "number"}, "visibility": {"enum": ["shared", "private"]},
        "levels": {"type": "array", "items": {
          "type": "object", "required": ["value", "label"], "additionalProperties": false,
          "properties": {"value": {"type": "number"}, "label": {"$ref": "#/$defs/text"}, "description": {"$ref": "#/$defs/text"}}
        }}
      }
    },
    "phase": {
      "type": "object", "required": ["id", "name", "steps"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/text"}, "description": {"$ref": "#/$defs/text"},
        "frame": {"enum": ["present", "future-recall", "past-reflection"]},
        "steps": {"type": "array", "items": {"$ref": "#/$defs/step"}}
      }
    },
    "references": {"type": "array", "items": {"type": "string"}},
    "step": {
      "type": "object", "required": ["id", "name", "kind"], "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/text"}, "description": {"$ref": "#/$defs/text"},
        "kind": {"type": "string", "description": "A behaviour: plenary, round, interview, pairs, reflecting-talk, subgroups, report-back, table-rotation, silent-writing, scoring, agreements, worry-scale, reflection, role-swap, break, free, or one a plugin adds."},
        "when": {"enum": ["before", "during", "after"]},
        "duration": {
          "type": "object", "required": ["default"], "additionalProperties": false,
          "properties": {
            "default": {"type": "number", "minimum": 0, "maximum": 1440}, "min": {"type": "number", "minimum": 0, "maximum": 1440},
            "max": {"type": "number", "minimum": 0, "maximum": 1440}, "per": {"enum": ["step", "speaker", "round", "group"]}
          }
        },
        "speakers": {"$ref": "#/$defs/references"},
        "addressed": {"$ref": "#/$defs/references"},
        "listeners": {
          "type": "object", "required": ["mode"], "additionalProperties": false,
          "properties": {"who": {"$ref": "#/$defs/references"}, "mode": {"enum": ["silent", "no-interruption", "not-addressed", "open"]}}
        },
        "recorder": {"$ref": "#/$defs/references"},
        "repeat": {
          "type": "object", "required": ["per"], "additionalProperties": false,
          "properties": {
            "per": {"enum": ["participant", "role-group", "subgroup", "round"]},
            "of": {"$ref": "#/$defs/references"}, "count": {"$ref": "#/$defs/countValue"}
          }
        },
        "grouping": {
          "type": "object", "required": ["type"], "additionalProperties": false,
          "properties": {
            "type": {"enum": ["plenary", "pairs", "triads", "subgroups", "tables"]},
            "size": {"$ref": "#/$defs/count"}, "count": {"$ref": "#/$defs/countValue"},
            "roles": {"type": "array", "items": {
              "type": "object", "required": ["role"], "additionalProperties": false,
              "properties": {"role": {"type": "string"}, "count": {"$ref": "#/$defs/count"}}
            }},
            "rapporteur": {"type": "boolean"},
            "mixBy": {"type": "array", "items": {"type": "string"}},
            "groupBy": {"type": "string"}
          }
        },
        "rotation": {
          "type": "object", "required": ["rounds"], "additionalProperties": false,
          "properties": {"rounds": {"$ref": "#/$defs/countValue"}, "stay": {"$ref": "#/$defs/references"}, "topics": {"type": "string", "pattern": "^\\{.+\\}$"}}
        },
        "prompts": {"type": "array", "items": {
          "type": "object", "required": ["id", "text"], "additionalProperties": false,
          "properties": {"id": {"$ref": "#/$defs/id"}, "to": {"$ref": "#/$defs/references"}, "text": {"$ref": "#/$defs/text"}, "provenance": {"$ref": "#/$defs/provenance"}}
        }},
        "captures": {"type": "array", "items": {
          "type": "object", "required": ["id", "type"], "additionalProperties": false,
          "properties": {
            "id": {"$ref": "#/$defs/id"}, "type": {"enum": ["note", "idea", "concern", "worry-level", "score", "agreement"]},
            "label": {"$ref": "#/$defs/text"}, "scale": {"type": "string"},
            "per": {"enum": ["person", "group", "step", "item"]}, "itemsFrom": {"type": "string"},
            "items": {"oneOf": [
              {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/text"}},
              {"type": "string", "pattern": "^\\{.+\\}$"}
            ]},
            "visibility": {"enum": ["shared", "private"]}
          }
        }},
        "swap": {"type": "array", "items": {
          "type": "object", "required": ["between"], "additionalProperties": false,
          "properties": {"between": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2}}
        }},
        "loop": {
          "type": "object", "required": ["to", "question", "max"], "additionalProperties": false,
          "properties": {"to": {"type": "string"}, "question": {"$ref": "#/$defs/text"}, "max": {"type": "integer", "minimum": 1}}
        },
        "provenance": {"$ref": "#/$defs/provenance"},
        "notes": {"$ref": "#/$defs/text"}
      }
    }
  }
}
"""##
}
